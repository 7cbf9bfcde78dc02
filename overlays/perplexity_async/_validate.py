"""Request validation: a create body checked against the spec's rules before anything is sent.

The rules are generated from openapi.yaml (``perplexity_async_api._request_rules``, by
``make generate``); this module enforces them: types, enums, consts, ranges, lengths, required
fields and nested objects, each problem naming its field. It is its own layer, strict, apart from
the tolerant parsing of responses (which keeps values newer than the spec). ``MockServer``
answers 422 with the same rules. Unknown fields are allowed here, as the spec allows them; the
client refuses unknown top-level options itself.

The Agent API's create body (``ResponsesRequest``, rules in ``perplexity_async_api._agent_rules``)
is checked the same way by ``check_agent_body``; that schema allows no other top-level field
(``additionalProperties: false``, the API answers 400), so an unknown option is a TypeError.

Example::

    problem = first_problem({"request": {"model": "sonar", "messages": [], "top_p": 2}})
    assert problem is not None and problem.where == "request.top_p"
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

__all__ = ["KEYWORDS", "Problem", "check_agent_body", "check_body", "first_agent_problem"]
__all__ += ["first_problem", "json_integers"]

# The JSON Schema keywords enforced here (tools/request_options.py refuses any other).
KEYWORDS = frozenset(
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

_PY_NAMES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
    "array": "list",
    "object": "dict",
}
# FastAPI (pydantic 2) error types, for MockServer's 422 detail.
_TYPE_ERRORS = {
    "string": "string_type",
    "integer": "int_type",
    "number": "float_type",
    "boolean": "bool_type",
    "null": "none_required",
    "array": "list_type",
    "object": "dict_type",
}
_BOUNDS: tuple[tuple[str, Callable[[Any, Any], bool], str, str], ...] = (
    ("minimum", operator.ge, ">=", "greater_than_equal"),
    ("exclusiveMinimum", operator.gt, ">", "greater_than"),
    ("maximum", operator.le, "<=", "less_than_equal"),
    ("exclusiveMaximum", operator.lt, "<", "less_than"),
)
Path = tuple[str | int, ...]


class Problem(NamedTuple):
    """Why a value does not fit: where (JSON path parts), what, and the FastAPI error type."""

    path: Path
    message: str
    type: str
    # The value's JSON type does not fit (TypeError); every other problem is a ValueError.
    wrong_type: bool = False
    # What was expected, for a const or type mismatch (an anyOf lists its branches' together).
    expected: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        """``request.messages[0].role``."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else part
        return text or "the body"

    def error(self, strip: Path = ()) -> ValueError | TypeError:
        """A ValueError (TypeError for a wrong type) naming the field, without ``strip``."""
        path = self.path[len(strip) :] if self.path[: len(strip)] == strip else self.path
        where = self._replace(path=path).where
        return (TypeError if self.wrong_type else ValueError)(f"{where} {self.message}")


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return "array"
    return type(value).__name__


def _fits(value: object, kind: str) -> bool:
    actual = _json_type(value)
    if kind == "integer" and isinstance(value, float):  # JSON Schema: 2199.0 is an integer
        return math.isfinite(value) and value.is_integer()
    return actual == kind or (kind == "number" and actual == "integer")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Checker:
    __slots__ = ("schemas",)

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas

    def check(self, value: Any, schema: Mapping[str, Any], path: Path) -> Problem | None:
        if "$ref" in schema:
            problem = self.check(value, self.schemas[schema["$ref"]], path)
            if problem is not None:
                return problem
        for key in ("anyOf", "oneOf"):  # oneOf as anyOf: no request needs the exclusivity
            if key in schema:
                problem = self._any(value, schema, schema[key], path)
                if problem is not None:
                    return problem
        for branch in schema.get("allOf", ()):
            problem = self.check(value, branch, path)
            if problem is not None:
                return problem
        return self._plain(value, schema, path)

    def _any(
        self, value: Any, schema: Mapping[str, Any], branches: list[Any], path: Path
    ) -> Problem | None:
        discriminator = schema.get("discriminator")
        if discriminator and isinstance(value, Mapping):
            name, mapping = discriminator["propertyName"], discriminator.get("mapping", {})
            tag = value.get(name)
            if isinstance(tag, str) and tag in mapping:  # a dict or list tag is unhashable
                return self.check(value, {"$ref": mapping[tag]}, path)
            options = ", ".join(repr(t) for t in mapping)
            message = f"must be one of {options}, got {_shown(tag)}"
            return Problem((*path, name), message, "union_tag_invalid")
        problems: list[Problem] = []
        for branch in branches:
            problem = self.check(value, branch, path)
            if problem is None:
                return None
            problems.append(problem)
        # A branch that failed on the value's type, or on a const tag right below it, does
        # not apply; the deepest problem of a branch that does is what the caller got wrong.
        here = len(path)
        tags = [p for p in problems if p.type == "literal_error" and len(p.path) == here + 1]
        types = [p for p in problems if p.wrong_type and len(p.path) == here]
        applicable = [p for p in problems if p not in tags and p not in types]
        if applicable:
            return max(applicable, key=lambda p: len(p.path))
        if tags:  # the value is an object of the right shape, with an unknown tag
            first = tags[0]
            options = ", ".join(dict.fromkeys(e for p in tags for e in p.expected))
            shown = _shown(value.get(first.path[-1]) if isinstance(value, Mapping) else None)
            return first._replace(message=f"must be one of {options}, got {shown}")
        names = " or ".join(dict.fromkeys(e for p in types for e in p.expected))
        return types[0]._replace(message=f"must be {names}, got {_shown_type(value)}")

    def _plain(self, value: Any, schema: Mapping[str, Any], path: Path) -> Problem | None:
        kind = schema.get("type")
        kinds = [kind] if isinstance(kind, str) else list(kind or ())  # 3.1 allows a list
        if kinds and not any(_fits(value, k) for k in kinds):
            names = tuple(_PY_NAMES.get(k, k) for k in kinds)
            message = f"must be {' or '.join(names)}, got {_shown_type(value)}"
            error = _TYPE_ERRORS.get(kinds[0], "type_error")
            return Problem(path, message, error, True, names)
        if "const" in schema and value != schema["const"]:
            const = schema["const"]
            message = f"must be {const!r}, got {_shown(value)}"
            return Problem(path, message, "literal_error", expected=(repr(const),))
        if "enum" in schema and value not in schema["enum"]:
            options = ", ".join(repr(v) for v in schema["enum"])
            return Problem(path, f"must be one of {options}, got {_shown(value)}", "enum")
        if isinstance(value, float) and not math.isfinite(value):
            return Problem(path, f"must be a finite number, got {value!r}", "finite_number")
        if _json_type(value) in ("integer", "number"):
            for key, ok, sign, error in _BOUNDS:
                if key in schema and not ok(value, schema[key]):
                    message = f"must be {sign} {schema[key]}, got {value!r}"
                    return Problem(path, message, error)
        if isinstance(value, str):
            return _length(value, schema, path, "characters", "string")
        if _json_type(value) == "array":
            problem = _length(value, schema, path, "items", "list")
            if problem is not None:
                return problem
            items = schema.get("items")
            if isinstance(items, Mapping):
                for index, item in enumerate(value):
                    problem = self.check(item, items, (*path, index))
                    if problem is not None:
                        return problem
        if isinstance(value, Mapping):
            return self._object(value, schema, path)
        return None

    def _object(
        self, value: Mapping[Any, Any], schema: Mapping[str, Any], path: Path
    ) -> Problem | None:
        for key in value:
            if not isinstance(key, str):
                return Problem((*path, repr(key)), "is not a str key", "string_type", True)
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            sub = properties.get(name)
            if sub is None:
                if extra is False:
                    return Problem((*path, name), "is not a known field", "extra_forbidden")
                sub = extra if isinstance(extra, Mapping) else None
            if sub is not None:
                problem = self.check(item, sub, (*path, name))
                if problem is not None:
                    return problem
        # After the fields given: a wrong tag says more than a field missing for that tag.
        for name in schema.get("required", ()):
            if name not in value:
                return Problem((*path, name), "is required", "missing")
        return None


def _length(
    value: Any, schema: Mapping[str, Any], path: Path, unit: str, kind: str
) -> Problem | None:
    size = len(value)
    low, high = schema.get(f"min{_KEY[kind]}"), schema.get(f"max{_KEY[kind]}")
    if low is not None and size < low:
        return Problem(path, f"must have at least {low} {unit}, got {size}", f"{kind}_too_short")
    if high is not None and size > high:
        return Problem(path, f"must have at most {high} {unit}, got {size}", f"{kind}_too_long")
    return None


_KEY = {"string": "Length", "list": "Items"}


def _shown_type(value: object) -> str:
    kind = _json_type(value)
    return f"{_PY_NAMES.get(kind, kind)} {_shown(value)}"


def first_problem(body: Any) -> Problem | None:
    """The first problem of a create body (``{"request": ..., "idempotency_key": ...}``)."""
    from perplexity_async_api._request_rules import BODY, SCHEMAS

    return _Checker(SCHEMAS).check(body, SCHEMAS[BODY], ())


def check_body(body: Any, *, strip: Path = ()) -> None:
    """Raise the first problem as a ValueError or TypeError naming the field (``strip`` leaves
    a path prefix out of the message: ``("request",)`` names ``top_p``, not ``request.top_p``)."""
    problem = first_problem(body)
    if problem is not None:
        raise problem.error(strip)


def first_agent_problem(body: Any) -> Problem | None:
    """The first problem of an Agent API create body, unknown fields first (``ResponsesRequest``
    allows no other, the API answers 400): what the client raises and ``MockServer`` refuses
    with a 400 naming ``param`` (the problem's ``where``).

    Example: ``first_agent_problem({"input": "hi", "search_mode": "web"}).where == "search_mode"``
    """
    from perplexity_async_api._agent_rules import BODY, SCHEMAS

    if not isinstance(body, Mapping):
        return Problem((), f"must be a mapping, got {_shown_type(body)}", "dict_type", True)
    schema = SCHEMAS[BODY]
    if schema.get("additionalProperties") is False:
        unknown = sorted(
            repr(k) if not isinstance(k, str) else k for k in body if k not in schema["properties"]
        )
        if unknown:
            others = f" (nor is {', '.join(unknown[1:])})" if unknown[1:] else ""
            message = f"is not an Agent API option{others}"
            return Problem((unknown[0],), message, "extra_forbidden", True)
    return _Checker(SCHEMAS).check(body, schema, ())


def check_agent_body(body: Mapping[str, Any]) -> None:
    """Check an Agent API create body (``input``, ``background``, ``stream`` and the
    ``AgentOptions``) against the spec's rules before sending: a TypeError for an unknown
    option (naming it) or a wrong type, a ValueError for a bad value, each naming the field.

    Example::

        check_agent_body({"input": "hi", "max_output_tokens": 0})  # ValueError, naming the field
    """
    problem = first_agent_problem(body)
    if problem is not None:
        raise problem.error()


def json_integers(value: Any) -> Any:
    """``value`` with every integral float an int (``2199.0`` -> ``2199``): the same JSON number,
    which JSON Schema counts as an integer, in the form the generated models parse.

    Example: ``json_integers({"max_tokens": 2199.0}) == {"max_tokens": 2199}``
    """
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, Mapping):
        return {key: json_integers(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_integers(item) for item in value]
    return value
