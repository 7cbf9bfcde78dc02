"""The document `make generate` feeds the generator: openapi.yaml, normalised where it must be.

openapi.yaml itself stays exactly the upstream union; this is the one place that adapts it, and
`tests/test_spec.py` validates the result as OpenAPI 3.1. Four changes, each for a reason:

- Duplicate titles told apart. FastAPI publishes request and response variants of one model as
  `X-Input` and `X-Output`, both titled `X`; openapi-python-client names classes by title and
  refuses the duplicate (dropping the whole operation). The `-Output` variant keeps the title
  (the class name users already have); every other duplicate is titled by its component name
  without the dash (`ChatMessageInput`).
- Discriminator `mapping` values as strings. Upstream writes `{$ref: '#/...'}` objects where
  OpenAPI requires the reference string; the generator refuses the whole document over it.
- Open enums (`OPEN_ENUMS`): the request's `model` lists today's names, but the API adds models
  more often than this SDK is released, so any string is accepted and sent; the generated model
  types it `str` (the names stay in openapi.yaml, and the typed options offer them).
- Unlisted union members kept (`keep_unlisted`): upstream adds output item types every month,
  and a discriminated union the SDK parses (one a response reaches) gains a last variant,
  `Unlisted<Union>` (`UnlistedOutputItem`): an object with the discriminator as a string and
  every other key kept as sent. Its `x-perplexity-async-unlisted` tells the union template
  (overlays/templates/property_templates/union_property.py.jinja) to dispatch on the
  discriminator, and each mapped variant's `x-perplexity-async-tag` which value selects it: a
  listed value parses its variant strictly, an unlisted one becomes the kept form with one
  WARNING, a missing or non-string discriminator is a ParseError. The kept variant's
  discriminator is `not` any listed value, so the union stays a true `oneOf` for validators that
  ignore `discriminator` (Schemathesis, jsonschema). Request-only unions stay
  strict: the caller builds them and the API refuses what it does not know.

Usage: generator_input.py SPEC OUT.json
"""

from __future__ import annotations

import copy
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]

# (schema, property): an enum that names what exists today, not what the API will accept.
OPEN_ENUMS = frozenset({("ApiChatCompletionsRequest", "model")})


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


def _walk(node: Any, where: str) -> Iterator[tuple[dict[str, Any], str]]:
    if isinstance(node, dict):
        yield node, where
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def string_mappings(spec: dict[str, Any]) -> dict[str, Any]:
    """Discriminator mapping values ``{$ref: X}`` become ``X``; anything else is refused."""
    for node, where in _walk(spec, "#"):
        discriminator = node.get("discriminator")
        mapping: dict[str, Any] = (
            discriminator.get("mapping") or {} if isinstance(discriminator, dict) else {}
        )
        for value, target in mapping.items():
            if isinstance(target, dict) and set(target) == {"$ref"}:
                target = mapping[value] = target["$ref"]
            if not isinstance(target, str):
                raise ValueError(f"{where}/discriminator/mapping/{value}: not a reference")
    return spec


def open_enums(spec: dict[str, Any]) -> dict[str, Any]:
    """The ``OPEN_ENUMS`` properties lose their ``enum`` (a plain string for the generator)."""
    schemas = spec.get("components", {}).get("schemas", {})
    for schema, name in sorted(OPEN_ENUMS):
        prop = schemas.get(schema, {}).get("properties", {}).get(name)
        if prop is not None:
            prop.pop("enum", None)
    return spec


UNLISTED = "x-perplexity-async-unlisted"  # on the kept variant: {union, propertyName}
TAG = "x-perplexity-async-tag"  # on each mapped variant: {propertyName: value}
_SCHEMAS = "#/components/schemas/"


def _response_schemas(spec: dict[str, Any]) -> set[str]:
    """The component schemas some operation's response reaches."""
    components = spec.get("components", {})
    found: set[str] = set()

    def references(node: Any) -> Iterator[tuple[str, str]]:
        for child, _ in _walk(node, "#"):
            ref = child.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                section, name = ref.split("/")[2:4]
                yield section, name

    pending = [
        ref
        for item in spec.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict)
        for ref in references(operation.get("responses", {}))
    ]
    seen: set[tuple[str, str]] = set()
    while pending:
        key = pending.pop()
        if key in seen:
            continue
        seen.add(key)
        if key[0] == "schemas":
            found.add(key[1])
        pending.extend(references(components.get(key[0], {}).get(key[1], {})))
    return found


def keep_unlisted(spec: dict[str, Any]) -> dict[str, Any]:
    """Each discriminated union a response reaches gains its kept variant (see above)."""
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    for owner in sorted(_response_schemas(spec)):
        for node, where in list(_walk(schemas.get(owner), f"{_SCHEMAS}{owner}")):
            discriminator = node.get("discriminator")
            if not isinstance(discriminator, dict):
                continue
            branches_key = "oneOf" if "oneOf" in node else "anyOf"
            branches = node.get(branches_key, [])
            mapping: dict[str, str] = discriminator.get("mapping") or {}
            name = discriminator["propertyName"]
            refs = [b["$ref"] for b in branches if "$ref" in b]
            others = [b for b in branches if "$ref" not in b and b != {"type": "null"}]
            if others or sorted(set(mapping.values())) != sorted(set(refs)):
                raise ValueError(
                    f"{where}: every variant must be a mapped $ref to keep unlisted ones"
                )
            for value, ref in mapping.items():
                variant = schemas[ref[len(_SCHEMAS) :]]
                tags = variant.setdefault(TAG, {})
                if tags.get(name, value) != value:
                    raise ValueError(
                        f"{ref}: {name} is {tags[name]!r} in one union, {value!r} here"
                    )
                tags[name] = value
            union = owner + "".join(
                part[:1].upper() + part[1:]
                for part in where[len(_SCHEMAS) + len(owner) :].split("/")
                if part and part != "properties"
            )
            kept = f"Unlisted{union}"
            if kept in schemas:
                raise ValueError(f"{where}: the kept variant's name {kept!r} is taken")
            schemas[kept] = {
                "title": kept,
                "description": (
                    f"{union} of a `{name}` this SDK's spec does not list (newer than the SDK): "
                    f"kept as sent, its other keys in `additional_properties`."
                ),
                "type": "object",
                "required": [name],
                # Not a listed value: under JSON Schema (which ignores `discriminator`) a listed
                # item must match its own variant only, or a oneOf validator refuses it.
                "properties": {
                    name: {
                        "type": "string",
                        "not": {"enum": sorted(mapping)},
                        "description": f"The `{name}` sent.",
                    }
                },
                "additionalProperties": True,
                UNLISTED: {"union": union, "propertyName": name},
            }
            branches.append({"$ref": f"{_SCHEMAS}{kept}"})
    return spec


def normalise(spec: dict[str, Any]) -> dict[str, Any]:
    """What the generator reads (and the request rules are made from), from openapi.yaml."""
    return keep_unlisted(open_enums(string_mappings(disambiguate(copy.deepcopy(spec)))))


def main(argv: list[str]) -> int:
    source, out = Path(argv[0]), Path(argv[1])
    out.write_text(json.dumps(normalise(yaml.safe_load(source.read_text())), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
