"""Open the report in Debian's headless Chromium through Playwright (tests, benchmarks, screenshots).

Playwright's own browser download does not work offline; the system
``chromium`` does, with these flags. Nothing here is needed to *write* a
report, only to look at one from code.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# headless and a fresh temporary profile: Playwright's launch() adds both
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    """The system Chromium, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


@contextmanager
def open_browser() -> Iterator[Any]:
    """A launched Playwright Chromium browser (raises RuntimeError when Playwright or Chromium is missing)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise RuntimeError("playwright is not installed (pip install -e .[dev])") from exc
    path = chromium_path()
    if path is None:
        raise RuntimeError("no chromium on PATH (Debian: apt-get install -y chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def wait_ready(page: Any) -> None:
    """Wait until the report's script has drawn the first view (a selector: the page's CSP forbids eval)."""
    page.wait_for_selector("body[data-ready='1']", state="attached")
