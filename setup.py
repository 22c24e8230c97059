"""Package layout that pyproject.toml cannot express: ship ``models/`` inside the package.

Everything else is declared in pyproject.toml. The trained models live in
``models/`` at the top of the checkout (beside the training configs); the
wheel maps that folder to ``pipeline/models/`` so that a non-editable
install finds them from any folder (``pipeline.paths.model_path``). Every
folder under ``models/`` is shipped, whatever its name.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["pipeline", "pipeline.*"]), "pipeline.models"],
    package_dir={"pipeline.models": "models"},
    package_data={"pipeline": ["resources/**/*", "templates/*"], "pipeline.models": ["**/*"]},
)
