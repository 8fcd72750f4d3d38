"""Dependency direction (house style): summariser ← bot.models/errors ← bot.core/store ← cogs/cli ← app/__main__."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# package prefix -> prefixes it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "summariser": ("bot", "discord", "httpx", "sqlalchemy", "asyncio", "aiohttp", "apscheduler"),
    "bot.models": ("bot.core", "bot.store", "bot.cogs", "bot.cli", "bot.app", "discord"),
    "bot.errors": ("bot.core", "bot.store", "bot.cogs", "bot.cli", "bot.app", "discord"),
    "bot.core": ("discord", "bot.cogs", "bot.cli", "bot.app", "bot.__main__", "sqlalchemy"),
    "bot.store": ("discord", "bot.cogs", "bot.cli", "bot.app"),
    "bot.scheduling": ("discord", "bot.cogs", "bot.cli", "bot.app"),
    "bot.cli": ("discord", "bot.cogs", "bot.app"),
}
# the summariser CLI is the one place in the package allowed to fetch a URL
ALLOWED: dict[str, tuple[str, ...]] = {"summariser.__main__": ("httpx",)}


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _sources() -> list[Path]:
    return sorted(p for pkg in ("bot", "summariser") for p in (ROOT / pkg).rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_follow_dependency_direction(path: Path) -> None:
    module = _module_name(path)
    for prefix, banned in FORBIDDEN.items():
        if module != prefix and not module.startswith(prefix + "."):
            continue
        allowed = ALLOWED.get(module, ())
        for imported in _imports(path):
            for ban in banned:
                hit = imported == ban or imported.startswith(ban + ".")
                assert not (hit and not imported.startswith(allowed or ("\0",))), f"{module} imports {imported}"


def test_no_package_named_discord() -> None:
    assert not any(p.name == "discord" for p in ROOT.rglob("*") if p.is_dir() and ".venv" not in p.parts)
