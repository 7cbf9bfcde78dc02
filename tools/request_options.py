"""`make generate`: the create request's typed options and validation rules, from openapi.yaml.

openapi-python-client 0.29.1 gives templates no minimum/maximum/exclusiveMinimum, and the
facade's keyword options must be a TypedDict (`Unpack[RequestOptions]`), not a model. So this
tool reads the spec as the generator does (tools/generator_input.normalise) and writes two
modules into the package. `request_options.py`, the public one:

- `RequestOptions`: one key per property of `ApiChatCompletionsRequest` beside `model` and
  `messages` (the `_`-prefixed internal ones left out), typed from the schema (`Literal` for
  enums), documented from each `description` (attribute docstrings for IDEs, and the class
  docstring for `help()`), with its range.
- `Model`: the spec's model names, or any `str` (an open enum, see generator_input.OPEN_ENUMS).

- `AgentOptions`: the same for the Agent API's create body (`ResponsesRequest`): every field but
  `input`, `background` and `stream`, which the SDK sets itself; a `deprecated` field says so
  first in its doc.

and, internal (kept out of api.md), `_request_rules.py` and `_agent_rules.py`: `BODY` and
`SCHEMAS`, the create body's schema and every schema it reaches, reduced to the keywords
`perplexity_async._validate` enforces (the Agent API's body keeps `additionalProperties: false`,
so the validator refuses an unknown top-level option). A keyword it does not enforce fails the
generation here, naming the schema, rather than be skipped silently.

`make check-generated` regenerates and diffs both like the rest of the package.
Usage: python -m tools.request_options SPEC PACKAGE_DIR
"""

from __future__ import annotations

import keyword
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]

from tools.generator_input import OPEN_ENUMS, normalise

BODY = "AsyncApiChatCompletionsRequest"  # the create operation's request body
OPTIONS = "ApiChatCompletionsRequest"  # its `request`: model, messages and the options
EXPLICIT = ("model", "messages")  # parameters of their own on create()
AGENT_BODY = "ResponsesRequest"  # the Agent API's create body (POST /v1/agent)
AGENT_EXPLICIT = ("input", "background", "stream")  # what the SDK sets itself
REF_PREFIX = "#/components/schemas/"

# What perplexity_async._validate enforces (a test checks the two lists agree) ...
VALIDATED = frozenset(
    {
        "$ref",
        "additionalProperties",
        "allOf",
        "anyOf",
        "const",
        "discriminator",
        "enum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "items",
        "maxItems",
        "maxLength",
        "maximum",
        "minItems",
        "minLength",
        "minimum",
        "oneOf",
        "properties",
        "required",
        "type",
    }
)
# ... and what only documents (dropped from the rules). Anything else stops the generation.
ANNOTATIONS = frozenset(
    {"title", "description", "default", "examples", "example", "format", "deprecated"}
)
_PY_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
    "object": "Mapping[str, Any]",
}


class SpecError(ValueError):
    """The spec uses something this tool (or the validator) does not handle."""


def _ref_name(ref: str) -> str:
    if not ref.startswith(REF_PREFIX):
        raise SpecError(f"only local schema references are supported, got {ref!r}")
    return ref[len(REF_PREFIX) :]


def _rules(schema: Any, where: str, reached: set[str]) -> Any:
    """``schema`` reduced to the validated keywords; records the schemas it references."""
    if not isinstance(schema, dict):
        return schema
    unknown = {k for k in set(schema) - VALIDATED - ANNOTATIONS if not k.startswith("x-")}
    if unknown:
        raise SpecError(
            f"{where} uses {sorted(unknown)}, which perplexity_async._validate does not "
            "enforce: teach it (and VALIDATED in tools/request_options.py) first"
        )
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ANNOTATIONS or key.startswith("x-"):  # extensions only document, too
            continue
        if key == "$ref":
            reached.add(_ref_name(value))
            out[key] = _ref_name(value)
        elif key == "properties":
            out[key] = {n: _rules(s, f"{where}.{n}", reached) for n, s in value.items()}
        elif key in ("anyOf", "oneOf", "allOf"):
            out[key] = [_rules(s, f"{where}.{key}[{i}]", reached) for i, s in enumerate(value)]
        elif key in ("items", "additionalProperties"):
            out[key] = _rules(value, f"{where}.{key}", reached)
        elif key == "discriminator":
            mapping = value.get("mapping", {})
            out[key] = {
                "propertyName": value["propertyName"],
                "mapping": {tag: _ref_name(ref) for tag, ref in mapping.items()},
            }
            reached.update(out[key]["mapping"].values())
        else:
            out[key] = value
    return out


def _all_rules(schemas: dict[str, Any], root: str = BODY) -> dict[str, Any]:
    rules: dict[str, Any] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        if name in rules:
            continue
        if name not in schemas:
            raise SpecError(f"schema {name!r} is referenced but not defined")
        reached: set[str] = set()
        rules[name] = _rules(schemas[name], name, reached)
        pending.extend(sorted(reached - set(rules)))
    return dict(sorted(rules.items()))


def _annotation(schema: dict[str, Any], schemas: dict[str, Any]) -> str:
    """The Python type of a value that fits ``schema`` (in the API's JSON shape)."""
    if "$ref" in schema:
        target = schemas[_ref_name(schema["$ref"])]
        if target.get("type") == "object" or "properties" in target or "allOf" in target:
            return "Mapping[str, Any]"
        return _annotation(target, schemas)  # an enum, a union (ToolChoice), a plain value
    for key in ("anyOf", "oneOf"):
        if key in schema:
            members: list[str] = []
            for branch in schema[key]:
                for member in _annotation(branch, schemas).split(" | "):
                    if member not in members:
                        members.append(member)
            if "None" in members:  # last, as the project writes it
                members = [m for m in members if m != "None"] + ["None"]
            return " | ".join(members)
    if "const" in schema:
        return f"Literal[{schema['const']!r}]"
    if "enum" in schema:
        return f"Literal[{', '.join(repr(v) for v in schema['enum'])}]"
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items")
        return f"list[{_annotation(items, schemas) if items else 'Any'}]"
    if isinstance(kind, str) and kind in _PY_TYPES:
        return _PY_TYPES[kind]
    return "Any"


def _bounds(schema: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for branch in [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]:
        for key, sign in (
            ("exclusiveMinimum", ">"),
            ("minimum", ">="),
            ("maximum", "<="),
            ("exclusiveMaximum", "<"),
        ):
            if isinstance(branch, dict) and key in branch:
                found.append(f"{sign} {branch[key]}")
    return found


def _doc(prop: dict[str, Any], schemas: dict[str, Any]) -> str:
    described = prop
    if "$ref" in prop and not prop.get("description"):
        described = schemas[_ref_name(prop["$ref"])]
    text = " ".join(str(described.get("description") or prop.get("title") or "").split())
    if (prop.get("deprecated") or described.get("deprecated")) and not text.lower().startswith(
        "deprecated"
    ):
        text = f"Deprecated. {text}".strip()
    bounds = _bounds(prop)
    if bounds:
        text = f"{text} ({', '.join(bounds)})" if text else f"Range: {', '.join(bounds)}."
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def render(spec: dict[str, Any]) -> dict[str, str]:
    """The modules' sources by file name (ruff formats them afterwards, as the generator's
    hooks do)."""
    normalised = normalise(spec)
    schemas = normalised["components"]["schemas"]
    if OPTIONS not in schemas:
        raise SpecError(f"the spec defines no {OPTIONS!r} schema")
    rules = _all_rules(schemas)  # first: it refuses what the rest could not handle
    properties: dict[str, Any] = schemas[OPTIONS].get("properties", {})
    options = {n: p for n, p in properties.items() if n not in EXPLICIT and not n.startswith("_")}
    bad = [n for n in options if not n.isidentifier() or keyword.iskeyword(n)]
    if bad:
        raise SpecError(f"request option(s) {bad} cannot be keyword arguments")
    names = spec["components"]["schemas"][OPTIONS]["properties"].get("model", {}).get("enum")
    model = "str"
    if names and (OPTIONS, "model") in OPEN_ENUMS:
        model = f"Literal[{', '.join(repr(n) for n in names)}] | str"

    listing, fields = _typed_dict_parts(options, schemas)
    agent_schema = schemas.get(AGENT_BODY)
    if agent_schema is None:
        raise SpecError(f"the spec defines no {AGENT_BODY!r} schema")
    agent_rules = _all_rules(schemas, AGENT_BODY)
    agent_options = {
        n: p for n, p in agent_schema.get("properties", {}).items() if n not in AGENT_EXPLICIT
    }
    agent_listing, agent_fields = _typed_dict_parts(agent_options, schemas)
    options_module = f'''"""The create request's keyword options, from openapi.yaml.

Generated by tools/request_options.py (`make generate`): do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeAlias, TypedDict

__all__ = ["AgentOptions", "Model", "RequestOptions"]

Model: TypeAlias = {model}
"""A model: one the spec names, or any other string (newer models are sent as given)."""


class RequestOptions(TypedDict, total=False):
    """The request fields beside ``model`` and ``messages``, as keyword options of ``create``
    and ``create_and_wait``, in the API's JSON shape; each is checked before sending.

{listing}
    """

{(chr(10) * 2).join(fields)}


class AgentOptions(TypedDict, total=False):
    """The Agent API's create fields (``POST /v1/agent``) beside ``input``, ``background`` and
    ``stream``, which the SDK sets itself, in the API's JSON shape; each is checked before
    sending, and the API refuses any other.

{agent_listing}
    """

{(chr(10) * 2).join(agent_fields)}
'''
    agent_rules_module = f'''"""The Agent API create body's rules (for perplexity_async._validate).

Generated by tools/request_options.py (`make generate`): do not edit.
"""

from typing import Any

BODY = {AGENT_BODY!r}
"""The create body's schema, in ``SCHEMAS`` (``additionalProperties: false``: no other field)."""
SCHEMAS: dict[str, Any] = {agent_rules!r}
"""Every schema the create body reaches, reduced to the keywords the validator checks."""
'''
    rules_module = f'''"""The create body's validation rules (for perplexity_async._validate).

Generated by tools/request_options.py (`make generate`): do not edit.
"""

from typing import Any

BODY = {BODY!r}
"""The create body's schema, in ``SCHEMAS``; its ``request`` property is ``OPTIONS``."""
OPTIONS = {OPTIONS!r}
SCHEMAS: dict[str, Any] = {rules!r}
"""Every schema the create body reaches, reduced to the keywords the validator checks."""
'''
    return {
        "request_options.py": options_module,
        "_request_rules.py": rules_module,
        "_agent_rules.py": agent_rules_module,
    }


def _typed_dict_parts(options: dict[str, Any], schemas: dict[str, Any]) -> tuple[str, list[str]]:
    """A TypedDict's docstring listing and its fields (each with its attribute docstring)."""
    listing = "\n".join(
        textwrap.fill(
            f"{name}: {_doc(prop, schemas) or '(undocumented)'}",
            width=92,
            initial_indent="    ",
            subsequent_indent="        ",
        )
        for name, prop in options.items()
    )
    fields = []
    for name, prop in options.items():
        field = f"    {name}: {_annotation(prop, schemas)}"
        doc = _doc(prop, schemas)
        if doc:
            wrapped = textwrap.fill(doc, width=92, initial_indent="", subsequent_indent="    ")
            field += f'\n    """{wrapped}"""'
        fields.append(field)
    return listing, fields


def main(argv: list[str]) -> int:
    source, package = Path(argv[0]), Path(argv[1])
    try:
        modules = render(yaml.safe_load(source.read_text()))
    except SpecError as exc:
        print(f"make generate: {exc}", file=sys.stderr)
        return 1
    for name, text in modules.items():
        (package / name).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
