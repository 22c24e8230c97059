"""pipeline.memory: freed heap handed back between commits (glibc only)."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from pipeline.memory import release_freed_memory


@pytest.mark.skipif(not sys.platform.startswith("linux") or ctypes.util.find_library("c") is None,
                    reason="malloc_trim is glibc's; elsewhere the call is a no-op")
def test_freed_heap_is_handed_back_on_linux():
    blocks = [bytearray(1024) for _ in range(20_000)]  # 20 MB in small blocks, then freed
    del blocks
    assert release_freed_memory() is True


@pytest.mark.skipif(sys.platform.startswith("linux"), reason="checks the no-op path")
def test_elsewhere_the_call_is_a_no_op():
    assert release_freed_memory() is False
