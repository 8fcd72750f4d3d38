"""The gate's floors (and ceilings for counts that must fall) kept in floors.json; floors only rise."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

FLOORS_PATH = Path(__file__).with_name("floors.json")

# metrics where lower is better: floors.json keeps a ceiling for them instead of a floor
LOWER_IS_BETTER = frozenset({"top3_misattributions"})


def load_floors(path: Path = FLOORS_PATH) -> dict[str, Any]:
    """{"floors": {metric: min}, "ceilings": {metric: max}, "targets": {metric: goal}}."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def failures(metrics: dict[str, float], floors: dict[str, Any]) -> list[str]:
    """One line per metric under its floor (or over its ceiling): metric, value, floor."""
    lines = []
    for name, floor in floors.get("floors", {}).items():
        value = metrics[name]
        if value + 1e-9 < floor:
            lines.append(f"{name} = {value:.4f} is under its floor {floor}")
    for name, ceiling in floors.get("ceilings", {}).items():
        value = metrics[name]
        if value > ceiling + 1e-9:
            lines.append(f"{name} = {value:g} is over its ceiling {ceiling}")
    return lines


def raised(metrics: dict[str, float], floors: dict[str, Any]) -> dict[str, Any]:
    """Floors raised to the measured values rounded down to 2 decimals, ceilings lowered; never the other way."""
    out = {key: dict(value) if isinstance(value, dict) else value for key, value in floors.items()}
    for name, floor in out.get("floors", {}).items():
        out["floors"][name] = max(floor, math.floor(metrics[name] * 100 + 1e-9) / 100)
    for name, ceiling in out.get("ceilings", {}).items():
        out["ceilings"][name] = min(ceiling, math.ceil(metrics[name]))
    return out


def save_floors(data: dict[str, Any], path: Path = FLOORS_PATH) -> None:
    """Write floors.json back (two-space indent, trailing newline)."""
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
