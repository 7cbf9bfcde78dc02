"""The document `make generate` feeds the generator: openapi.yaml with duplicate titles told apart.

FastAPI publishes request and response variants of one model as `X-Input` and `X-Output`, both
titled `X`; openapi-python-client names classes by title and refuses the duplicate (dropping the
whole operation). Here the `-Output` variant keeps the title (the class name users already have)
and every other duplicate is titled by its component name without the dash (`ChatMessageInput`).
openapi.yaml itself stays exactly the upstream union. Usage: generator_input.py SPEC OUT.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]


def disambiguate(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    by_title: dict[str, list[str]] = defaultdict(list)
    for name, schema in schemas.items():
        by_title[schema.get("title", name)].append(name)
    for names in by_title.values():
        if len(names) < 2:
            continue
        keeper = next((n for n in names if n.endswith("-Output")), names[0])
        for name in names:
            if name != keeper:
                schemas[name]["title"] = name.replace("-", "")
    retitled = [s.get("title", n) for n, s in schemas.items()]
    duplicates = sorted({t for t in retitled if retitled.count(t) > 1})
    if duplicates:
        raise ValueError(f"schemas still share titles after disambiguation: {duplicates}")
    return spec


def main(argv: list[str]) -> int:
    source, out = Path(argv[0]), Path(argv[1])
    out.write_text(json.dumps(disambiguate(yaml.safe_load(source.read_text())), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
