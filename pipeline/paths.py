"""Where the shipped models are, in a checkout and in an installed package.

A checkout keeps the trained models in ``models/`` beside ``pipeline/``; the
wheel maps that folder into the package as ``pipeline/models/`` (see
``pyproject.toml``), so a non-editable install run from any folder finds
them too. Every model is looked up by its folder name through
:func:`model_path`, so a new folder under ``models/`` needs no code here.

A missing model is never silent: :func:`warn_missing_model` logs a warning
that names what quality is lost.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

ENV_MODELS = "KUTIPAN_MODELS"  # a folder holding model folders, searched first
PACKAGE_DIR = Path(__file__).resolve().parent


def model_dirs() -> list[Path]:
    """Folders searched for models, in order: $KUTIPAN_MODELS, the installed package, the checkout."""
    dirs = [PACKAGE_DIR / "models", PACKAGE_DIR.parent / "models"]
    env = os.environ.get(ENV_MODELS)
    if env:
        dirs.insert(0, Path(env).expanduser())
    return dirs


def model_path(name: str) -> Path:
    """The folder of the shipped model ``name`` (e.g. ``id_news_ner``).

    Returns the first folder of :func:`model_dirs` that has it; when none has
    it, the checkout location, so messages say where it was expected.
    """
    for folder in model_dirs():
        candidate = folder / name
        if candidate.is_dir():
            return candidate
    return PACKAGE_DIR.parent / "models" / name


def warn_missing_model(what: str, path: Path, loss: str) -> None:
    """One visible warning for a model that is not there, saying what quality is lost."""
    log.warning("no %s at %s: %s. Reinstall kutipan (pip install .) or point %s at a folder "
                "holding the models.", what, path, loss, ENV_MODELS)
