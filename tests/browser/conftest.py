"""Browser tests: Debian's Chromium (/usr/bin/chromium), headless, driven by Playwright for Python with the system
browser — never `playwright install` — against apps served by real uvicorn processes on loopback.

Nothing here skips: what is missing (Chromium, node_modules) is installed by the project's own set-up
(`deploy/local/infra.py browser`, `make web`), which `make test` runs before pytest anyway.

    page        a fresh browser context per test (own sessionStorage), 1280×900, zh-CN, the browser's clock in UTC
                so that Asia/Shanghai in the pages is the pages' doing; fails the test on a CSP violation or an
                uncaught script error
    screenshot  screenshot(page, name) → docs/screenshots/<name>.png
    UvicornApp  UvicornApp("services.reward.app:create_app", env).start() / .url / .stop()
    webdemo     the test-only service of tests/browser/demo on its own database
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import asyncpg
import httpx
import pytest
from playwright.async_api import Browser, Page, async_playwright
from sqlalchemy.ext.asyncio import create_async_engine

from shared.settings import ROOT, Settings
from shared.web import ECHARTS
from tests.support import RUN_ID, server_dsn, wait_for

CHROMIUM = "/usr/bin/chromium"
# as the machine's notes give them: without the background-networking flags Chromium keeps dialling out and the
# closed network refuses it, many times over
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_browser_setup() -> None:
    """The set-up's own steps, when something is missing (as on a fresh machine outside `make test`)."""
    if not Path(CHROMIUM).exists():
        subprocess.run([sys.executable, str(ROOT / "deploy" / "local" / "infra.py"), "browser"], check=True)
    if not ECHARTS.exists():
        subprocess.run(["make", "-s", "web"], cwd=ROOT, check=True)


class UvicornApp:
    """One app factory as a real uvicorn process on a free loopback port."""

    def __init__(self, factory: str, env: dict[str, str], name: str | None = None) -> None:
        self.factory = factory
        self.env = env
        self.name = name or (factory.split(".")[1] if factory.startswith("services.") else factory.split(":")[0])
        self.port = free_port()
        self.log = ROOT / ".run" / "browser" / f"{RUN_ID}-{self.name}.log"
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self, ready: str = "/readyz", timeout: float = 60) -> "UvicornApp":
        self.log.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **self.env, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", self.factory, "--host", "127.0.0.1", "--port",
             str(self.port), "--no-access-log"],
            env=env, cwd=ROOT, stdout=open(self.log, "ab"), stderr=subprocess.STDOUT)
        async with httpx.AsyncClient() as client:
            async def up():
                if self.proc.poll() is not None:
                    raise AssertionError(f"{self.name} exited: {self.log.read_text()[-2000:]}")
                try:
                    return (await client.get(self.url + ready)).status_code == 200
                except httpx.TransportError:
                    return False
            await wait_for(up, timeout=timeout, interval=0.1, what=f"{self.name} to be ready")
        return self

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="session")
async def browser() -> Browser:
    ensure_browser_setup()
    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield b
        finally:
            await b.close()


@pytest.fixture
async def page(browser: Browser) -> Page:
    context = await browser.new_context(viewport=DESKTOP, locale="zh-CN", timezone_id="UTC")
    pg = await context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(f"console: {m.text}")
          if m.type == "error" and "Content Security Policy" in m.text else None)
    pg.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    pg.problems = problems  # type: ignore[attr-defined]
    try:
        yield pg
    finally:
        await context.close()
    assert problems == [], problems


async def screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    """docs/screenshots/<name>.png of the page as it is now."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    await page.screenshot(path=str(path), full_page=full_page, animations="disabled")
    return path


@pytest.fixture(name="screenshot")
def screenshot_fixture():
    return screenshot


async def no_horizontal_scroll(page: Page) -> bool:
    return await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.fixture(scope="session")
async def webdemo(infra):
    """tests/browser/demo as a real service: its own database (platform tables), ENVIRONMENT=test."""
    base = Settings()
    database = f"web{RUN_ID}_webdemo"
    conn = await asyncpg.connect(server_dsn(base))
    try:
        await conn.execute(f'drop database if exists "{database}" with (force)')
        await conn.execute(f'create database "{database}"')
    finally:
        await conn.close()
    from tests.browser.demo.app import metadata
    engine = create_async_engine(base.model_copy(update={"database_name": database}).sqlalchemy_url())
    async with engine.begin() as c:
        await c.run_sync(metadata.create_all)
    await engine.dispose()
    app = UvicornApp("tests.browser.demo.app:create_app", name="webdemo", env={
        "DATABASE_URL": base.database_url, "DATABASE_NAME": database, "KAFKA_BOOTSTRAP_SERVERS":
        base.kafka_bootstrap_servers, "TOPIC_PREFIX": f"web{RUN_ID}.", "ENVIRONMENT": "test", "LOG_LEVEL": "WARNING"})
    try:
        yield await app.start()
    finally:
        app.stop()
        conn = await asyncpg.connect(server_dsn(base))
        try:
            await conn.execute(f'drop database if exists "{database}" with (force)')
        finally:
            await conn.close()
