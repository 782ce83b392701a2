"""Headless Chromium for the page tests: a fresh profile, every non-file request refused and
recorded, console errors and dialogs recorded, so each test can assert none happened."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# The hand-made timelines of the renderer tests serve here too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "render"))


@dataclass
class PageLog:
    """What a page did that it should not have."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return self.console_errors + self.page_errors + self.requests + self.dialogs


@pytest.fixture(scope="session")
def browser_context() -> Iterator[Any]:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is absent: install Debian's chromium package to run browser tests"
        if os.environ.get("TIMELINE_REQUIRE_BROWSER"):  # CI: a missing browser is a failure
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def open_page(browser_context: Any) -> Iterator[Any]:
    """``open_page(path) -> (page, log)``: the page loaded from file:// and ready; after the test,
    asserts it logged no error, made no request and opened no dialog."""
    opened: list[tuple[Any, PageLog]] = []

    def route(route: Any, log: PageLog) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            log.requests.append(f"request: {route.request.url}")
            route.abort()

    def opener(path: Path, wait_ready: bool = True, offline: bool = False) -> tuple[Any, PageLog]:
        """``offline``: the page is expected to try the network (the CDN mode) and cope."""
        log = PageLog()
        page = browser_context.new_page()

        def on_console(message: Any) -> None:
            if message.type == "error":
                log.console_errors.append(f"console: {message.text}")

        def on_dialog(dialog: Any) -> None:
            log.dialogs.append(f"dialog: {dialog.message}")
            dialog.dismiss()

        page.on("console", on_console)
        page.on("pageerror", lambda e: log.page_errors.append(f"page error: {e}"))
        page.on("dialog", on_dialog)
        page.route("**/*", lambda r: route(r, log))
        page.goto(path.resolve().as_uri())
        if wait_ready:
            page.wait_for_selector("html[data-ready='1']", state="attached", timeout=30_000)
        if offline:
            log.requests.clear()
            log.console_errors[:] = [e for e in log.console_errors if "net::" not in e]
        opened.append((page, log))
        return page, log

    yield opener
    for page, log in opened:
        problems = log.problems()
        page.close()
        assert problems == [], problems
