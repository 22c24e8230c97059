"""Reading the plain language-data files in ``pipeline/resources/``, with validation.

Every stage keeps its word lists, cues and patterns in those files so that an
analyst can extend them without touching code. A bad edit must fail loudly
and once, at load time, naming the file and the line, never as a
``KeyError`` on every article; :class:`ResourceError` carries that message.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"


class ResourceError(ValueError):
    """A language-data file is missing, or a line of it is malformed."""


@dataclass(frozen=True)
class Line:
    """One meaningful line of a resource file and where it stands."""

    path: Path
    number: int
    text: str

    def where(self) -> str:
        return f"{self.path}:{self.number}"


def resource_path(name: str, folder: Path | None = None) -> Path:
    path = (folder or RESOURCES) / name
    if not path.is_file():
        raise ResourceError(f"{path}: language-data file is missing")
    return path


def data_lines(name: str, folder: Path | None = None, comment: str = "#") -> Iterator[Line]:
    """Non-blank lines that are not comments (a line starting with ``comment``), stripped."""
    path = resource_path(name, folder)
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = raw.strip()
        if text and not text.startswith(comment):
            yield Line(path, number, text)


def read_list(name: str, folder: Path | None = None) -> list[str]:
    """A one-item-per-line list."""
    return [line.text for line in data_lines(name, folder)]


def read_sections(name: str, required: Sequence[str] = (), lower: bool = True,
                  folder: Path | None = None) -> dict[str, frozenset[str]]:
    """``[section]``-headed word lists; every section in ``required`` must be there."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    path = resource_path(name, folder)
    for line in data_lines(name, folder):
        if line.text.startswith("[") and line.text.endswith("]"):
            current = sections.setdefault(line.text[1:-1].strip(), set())
        elif current is None:
            raise ResourceError(f"{line.where()}: word {line.text!r} before the first [section] header")
        else:
            current.add(line.text.lower() if lower else line.text)
    missing = [s for s in required if s not in sections]
    if missing:
        raise ResourceError(f"{path}: missing section(s) {', '.join(f'[{s}]' for s in missing)}")
    return {k: frozenset(v) for k, v in sections.items()}


def read_table(name: str, columns: Sequence[str], min_columns: int | None = None,
               folder: Path | None = None) -> list[dict[str, str]]:
    """Tab-separated rows as dicts; a row with too few columns is an error naming its line.

    Columns after ``min_columns`` may be left out (they read as ``""``);
    extra columns are notes and are ignored.
    """
    need = len(columns) if min_columns is None else min_columns
    rows = []
    for line in data_lines(name, folder):
        cells = [c.strip() for c in line.text.split("\t")]
        if len(cells) < need:
            raise ResourceError(f"{line.where()}: expected {need} tab-separated columns "
                                f"({', '.join(columns[:need])}), got {len(cells)}: {line.text!r}")
        cells += [""] * (len(columns) - len(cells))
        row = dict(zip(columns, cells[: len(columns)], strict=True))
        row["_where"] = line.where()
        rows.append(row)
    return rows
