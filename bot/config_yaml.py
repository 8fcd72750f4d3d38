"""feeds.yaml's YAML layer: a SafeLoader that refuses a key written twice, and one-line error messages."""

from __future__ import annotations

from typing import Any

import yaml


def load_yaml(text: str) -> Any:
    """The document in `text` (plain data only: a SafeLoader); raises yaml.YAMLError."""
    return yaml.load(text, Loader=StrictLoader)


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice in one mapping (YAML keeps the last one silently)."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[str] = set()
    for key_node, _ in node.value:
        # merge keys (`<<: *defaults`) may be overridden on purpose; only keys written twice are mistakes
        if isinstance(key_node, yaml.ScalarNode) and key_node.tag == "tag:yaml.org,2002:str":
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key_node.value!r} (only one would be kept)", key_node.start_mark
                )
            seen.add(key_node.value)
    return loader.construct_mapping(node, deep=deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def yaml_problem(exc: yaml.YAMLError) -> str:
    """One line for a YAML error: where (line, column) and what."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    # a constructor error (a key given twice, a Python tag) is well-formed YAML that grokwatch refuses
    kind = "YAML error" if isinstance(exc, yaml.constructor.ConstructorError) else "YAML syntax error"
    return f"{kind}: {where}{' '.join(str(problem).split())}"
