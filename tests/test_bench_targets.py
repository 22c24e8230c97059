"""The benchmark scripts time stage functions by name: every name must still exist where they look."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_throughput_stage_timers_point_at_existing_functions() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        throughput = importlib.import_module("throughput")
    finally:
        sys.path.remove(str(BENCH))
    for module_name, names in throughput.STAGES.items():
        module = importlib.import_module(module_name)
        missing = [n for n in names if not callable(getattr(module, n, None))]
        assert not missing, f"{module_name}: {missing}"
        assert all(n in throughput.LABELS for n in names)
