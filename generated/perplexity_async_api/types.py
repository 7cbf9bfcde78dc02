"""Contains some shared types for properties"""

import logging
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NamedTuple, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class RequestParts(NamedTuple):
    """One operation's HTTP request as the spec defines it, for callers that send it themselves.

    Each operation module's ``build_request(...)`` (same arguments as ``sync()``, no client)
    returns one. The fields are named after ``httpx.Client.build_request``'s arguments, ``path``
    aside: it is relative to the API's base URL, its parameters filled in and percent-encoded.
    Parameters left unset are left out; the body fields a request does not use are None.

    Example::

        parts = get_job.build_request("req 1")  # RequestParts(method="GET", path="/jobs/req%201", ...)
        request = http.build_request(parts.method, base_url + parts.path, params=parts.params,
                                     headers=parts.headers, json=parts.json)
    """

    method: str
    """The HTTP method, upper case: ``"GET"``, ``"POST"``..."""
    path: str
    params: dict[str, Any]
    """Query parameters."""
    headers: dict[str, Any]
    """Header parameters, and the body's ``Content-Type``."""
    cookies: dict[str, Any] | None = None
    json: Any = None
    """A JSON body, as plain dicts and lists."""
    content: Any = None
    """A raw body (``application/octet-stream`` and the like)."""
    data: Any = None
    """A form body (``application/x-www-form-urlencoded``)."""
    files: Any = None
    """A multipart body."""

    @classmethod
    def _from_kwargs(cls, kwargs: dict[str, Any]) -> "RequestParts":
        """From the generator's private request dict (the arguments it passes to httpx)."""
        parts = dict(kwargs)
        method = parts.pop("method").upper()
        path = parts.pop("url")
        params = parts.pop("params", None) or {}
        headers = parts.pop("headers", None) or {}
        # A key this class does not know (a newer generator's) must not be dropped silently.
        return cls(method, path, params, headers, **parts)


_JSON_TYPE_NAMES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for error messages."""
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


class ParseError(ValueError):
    """A JSON value that does not fit the spec. ``path`` locates it: keys and list indexes from the root.

    Example: ``ParseError("missing required field", ("response", "choices", 0, "message"))``
    renders as ``$.response.choices[0].message: missing required field``.
    """

    def __init__(
        self,
        problem: str,
        path: tuple[str | int, ...] = (),
        *,
        discriminator: bool = False,
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path
        # A const that did not match: in a union, this variant was not the one the data meant.
        self.discriminator = discriminator

    @property
    def json_path(self) -> str:
        return "$" + "".join(
            f"[{key}]" if isinstance(key, int) else f".{key}" for key in self.path
        )

    def __str__(self) -> str:
        return f"{self.json_path}: {self.problem}"


def mismatch(expected: str, value: object) -> ParseError:
    return ParseError(f"expected {expected}, got {json_type(value)}")


def at(key: str | int, exc: Exception) -> ParseError:
    """``exc``, raised while parsing the value at ``key``, as a ParseError whose path starts there."""
    if not isinstance(exc, ParseError):
        # Each property's parse is wrapped on its own, so a KeyError is its own key missing.
        problem = (
            "missing required field"
            if isinstance(exc, KeyError)
            else f"invalid value ({exc})"
        )
        exc = ParseError(problem)
    exc.path = (key, *exc.path)
    return exc


def _accepts(value: object, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool):
        return bool in types
    if isinstance(value, int) and float in types:
        return True
    return isinstance(value, types)


def union_fallback(
    value: object, types: tuple[type, ...], expected: str, errors: list[Exception]
) -> object:
    """The end of a union parse: ``value`` if it is one of the primitive ``types``, else the most
    specific error of the variants tried (a variant whose discriminator matched first, then the
    deepest path), else a type mismatch. Never a raw dict."""
    if _accepts(value, types):
        return value
    if errors:
        parse_errors = [
            e if isinstance(e, ParseError) else ParseError(f"invalid value ({e})")
            for e in errors
        ]
        raise max(parse_errors, key=lambda e: (not e.discriminator, len(e.path)))
    raise mismatch(expected, value)


def check_list(value: object, item_types: tuple[type, ...], expected: str) -> object:
    """A list of primitives, each item checked (``Unset`` passes: the property is optional)."""
    if isinstance(value, Unset):
        return value
    if not isinstance(value, list):
        raise mismatch("array", value)
    for index, item in enumerate(value):
        # type() first: exact JSON types pass without a call (500 citations are common)
        if type(item) not in item_types and not _accepts(item, item_types):
            raise at(index, mismatch(expected, item))
    return value


_log = logging.getLogger("perplexity_async")
# (union, discriminator value) pairs already warned about; at most this many, then silence, so a
# server that sends ever new values cannot grow it without bound.
_UNLISTED_WARNED: set[tuple[str, str]] = set()
_UNLISTED_WARNINGS = 64


def discriminator_value(data: Mapping[str, Any], name: str) -> str:
    """The discriminator of a union member: a ParseError at ``name`` when missing or not a string."""
    if name not in data:
        raise ParseError("missing required field", (name,))
    value = data[name]
    if type(value) is not str and not isinstance(value, str):
        raise ParseError(f"expected string, got {json_type(value)}", (name,))
    return value


def warn_unlisted(union: str, name: str, value: str, kept_as: str) -> None:
    """One WARNING per unlisted discriminator ``value`` of ``union``, like an unknown enum value's."""
    key = (union, value)
    if key in _UNLISTED_WARNED or len(_UNLISTED_WARNED) >= _UNLISTED_WARNINGS:
        return
    _UNLISTED_WARNED.add(key)
    _log.warning(
        "%s: the server sent %s %r, which this SDK's spec does not list; kept as %s",
        union,
        name,
        value,
        kept_as,
    )


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "ParseError",
    "RequestFiles",
    "RequestParts",
    "Response",
    "Unset",
    "at",
    "check_list",
    "discriminator_value",
    "json_type",
    "mismatch",
    "union_fallback",
    "warn_unlisted",
]
