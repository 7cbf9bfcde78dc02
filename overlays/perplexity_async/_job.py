"""``Job``, ``JobSummary`` and ``JobList``: immutable, typed views of what the API returns."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, Generic, Literal, Protocol, TypeVar, final

import httpx

from perplexity_async_api.models import (
    ApiPublicSearchResult,
    AsyncApiChatCompletionsResponse,
    AsyncApiChatCompletionsResponseSummary,
    CompletionResponse,
    ListAsyncApiChatCompletionsResponse,
    ResponsesResponse,
    ResponsesUsage,
    SearchResult,
    UsageInfo,
)
from perplexity_async_api.types import ParseError

from ._agent._job import AgentView
from ._errors import ResponseValidationError, shorten
from ._json import TooDeepError, loads
from ._sonar._job import SonarView
from ._status import DONE, JobStatus, job_status

__all__ = ["Job", "JobList", "JobStatus", "JobSummary", "api_of", "parse_job", "parse_job_list"]

Api = Literal["agent", "sonar"]
_REPR_TEXT = 60  # characters of the answer in repr(): a 1 MB answer must not flood a log

# What a datetime holds: 0001-01-01 to 9999-12-31 (UTC), in Unix seconds.
_MIN_TIMESTAMP, _MAX_TIMESTAMP = -62135596800, 253402300799
_VIEWS: dict[type, type[SonarView] | type[AgentView]] = {
    AsyncApiChatCompletionsResponse: SonarView,
    ResponsesResponse: AgentView,
}


def api_of(job_id: str) -> Api:
    """Which API a job id belongs to: ``resp_...`` is an Agent API run (its documented id
    format), any other id a Sonar async job.

    Example: ``api_of("resp_6f1c") == "agent"``
    """
    return "agent" if job_id.startswith("resp_") else "sonar"


class _Stamped(Protocol):
    """What a job and a job summary share, in the generated models."""

    id: str
    model: str
    created_at: int

    @property
    def status(self) -> object: ...

    def to_dict(self) -> dict[str, Any]: ...


RawT = TypeVar("RawT", bound=_Stamped)


def _check_timestamps(raw: _Stamped, names: tuple[str, ...]) -> None:
    """Range-check at parse time (a ParseError names the field); convert only when read."""
    for name in names:
        value = getattr(raw, name)
        if isinstance(value, int) and not _MIN_TIMESTAMP <= value <= _MAX_TIMESTAMP:
            raise ParseError(f"timestamp {value} is out of range for a datetime", (name,))


def _utc(value: object) -> datetime | None:
    return datetime.fromtimestamp(value, tz=UTC) if isinstance(value, int) else None


class _Record(Generic[RawT]):
    """The conveniences a job and a job summary share: immutable, typed, UTC datetimes."""

    __slots__ = ("_raw",)

    _raw: RawT
    _wraps: type | tuple[type, ...]
    _timestamps: tuple[str, ...] = SonarView.timestamps

    def __init__(self, raw: RawT) -> None:
        """Wrap a generated model (timestamps are checked: a ParseError names the bad one)."""
        if not isinstance(raw, self._wraps):
            raise TypeError(f"{type(self).__name__} cannot wrap {type(raw).__name__}")
        object.__setattr__(self, "_raw", raw)
        _check_timestamps(raw, self._timestamps)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Record) and type(other) is type(self) and self._raw == other._raw

    def __reduce__(self) -> tuple[Any, ...]:
        # Immutable: rebuilt from the API's JSON shape, not by setting attributes (which it
        # refuses); not from the generated model, whose UNSET does not unpickle as UNSET.
        return (_unpickle, (type(self), self.to_dict(), None))

    def __hash__(self) -> int:
        return hash((self.id, self.status))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, status={str(self.status)!r})"

    @property
    def id(self) -> str:
        return self._raw.id

    @property
    def model(self) -> str:
        return self._raw.model

    @property
    def status(self) -> JobStatus:
        """The status, one vocabulary for both APIs (``JobStatus``); the wire's is on ``raw``."""
        return job_status(self._raw.status)

    @property
    def is_done(self) -> bool:
        """COMPLETED, FAILED, CANCELLED or REQUIRES_ACTION: polling again will not change it."""
        return self.status in DONE

    @property
    def created_at(self) -> datetime:
        """When the job was created (UTC)."""
        return datetime.fromtimestamp(self._raw.created_at, tz=UTC)

    @property
    def started_at(self) -> datetime | None:
        """When a Sonar job started (UTC); None for a run (the Agent API does not say)."""
        return _utc(getattr(self._raw, "started_at", None))

    @property
    def completed_at(self) -> datetime | None:
        return _utc(getattr(self._raw, "completed_at", None))

    @property
    def failed_at(self) -> datetime | None:
        return _utc(getattr(self._raw, "failed_at", None))

    def to_dict(self) -> dict[str, Any]:
        """The API's JSON shape."""
        return self._raw.to_dict()


RawJob = AsyncApiChatCompletionsResponse | ResponsesResponse


@final
class Job(_Record[RawJob]):
    """One Sonar async job or Agent API run, as the API last reported it. Immutable.

    ``api`` says which ("sonar" or "agent"); every other property reads the same for both.

    Example::

        job = client.get("resp_6f1c")
        if job.status == pa.JobStatus.COMPLETED:
            print(job.text, job.citations, job.cost)
    """

    __slots__ = ("_headers", "_view")
    _wraps = (AsyncApiChatCompletionsResponse, ResponsesResponse)

    _headers: httpx.Headers | None
    _view: type[SonarView] | type[AgentView]

    def __init__(self, raw: RawJob) -> None:
        view = _VIEWS.get(type(raw))
        if view is None:
            raise TypeError(
                "Job wraps AsyncApiChatCompletionsResponse or ResponsesResponse, got "
                f"{type(raw).__name__}"
            )
        object.__setattr__(self, "_view", view)
        object.__setattr__(self, "_headers", None)
        object.__setattr__(self, "_raw", raw)
        _check_timestamps(raw, view.timestamps)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unpickle, (Job, self.to_dict(), self._headers))

    @property
    def api(self) -> Api:
        """Which API the job belongs to: "sonar" (an async chat completion) or "agent" (a
        background run)."""
        return self._view.api

    @property
    def request_id(self) -> str | None:
        """The server's id for the HTTP request that returned this state (its ``x-request-id``
        header), for support tickets; None when not sent, or for a Job built with ``from_dict``.
        Not part of equality: two reads of the same state are equal."""
        return _request_id(self._headers)

    @property
    def response_headers(self) -> httpx.Headers | None:
        """A copy of the headers of the response that returned this state (rate limits, request
        id); None for a Job built with ``from_dict``."""
        return None if self._headers is None else self._headers.copy()

    @property
    def raw(self) -> RawJob:
        """The generated model, with everything the API sent (unknown fields included):
        ``AsyncApiChatCompletionsResponse`` for a Sonar job, ``ResponsesResponse`` for a run."""
        return self._raw

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Job:
        """Build a Job from the API's JSON shape (a run's when its ``id`` is ``resp_...``);
        ResponseValidationError if it does not fit."""
        job: Job = _parse(_model_of(data), cls, data, None, 200)
        return job

    def __repr__(self) -> str:
        text = self.text
        shown = ""
        if text is not None:
            short = text if len(text) <= _REPR_TEXT else text[:_REPR_TEXT] + "…"
            shown = f", text={short!r}"
        return f"Job(id={self.id!r}, status={str(self.status)!r}{shown})"

    @property
    def error_message(self) -> str | None:
        """Why it FAILED, as the API said (a run's ``error.message``)."""
        return self._view.error_message(self._raw)  # type: ignore[arg-type]

    @property
    def response(self) -> CompletionResponse | None:
        """A Sonar job's completion (the generated model), once it has one; None for a run."""
        return self._view.response(self._raw)  # type: ignore[arg-type]

    @property
    def waiting_for(self) -> tuple[str, ...]:
        """What a run at REQUIRES_ACTION waits for (function call outputs, approvals), each
        named; empty otherwise."""
        return self._view.waiting_for(self._raw)  # type: ignore[arg-type]

    # -- conveniences ----------------------------------------------------------------------------
    @property
    def text(self) -> str | None:
        """The answer: a Sonar job's first choice (once COMPLETED), a run's ``output_text``
        parts joined; None until there is one."""
        return self._view.text(self._raw)  # type: ignore[arg-type]

    @property
    def citations(self) -> list[str]:
        """The cited URLs, in citation order ([1] is the first); empty when there are none."""
        return self._view.citations(self._raw)  # type: ignore[arg-type]

    @property
    def search_results(self) -> list[ApiPublicSearchResult] | list[SearchResult]:
        """The search results (title, url, date, snippet, source); empty when there are none."""
        return self._view.search_results(self._raw)  # type: ignore[arg-type]

    @property
    def images(self) -> list[Any]:
        """The images found (image_url, origin_url, title, width, height), when a Sonar request
        set ``return_images=True``; empty when there are none (always, for a run)."""
        return self._view.images(self._raw)  # type: ignore[arg-type]

    @property
    def related_questions(self) -> list[str]:
        """Suggested follow-up questions, when a Sonar request set
        ``return_related_questions=True``; empty when there are none (always, for a run)."""
        return self._view.related_questions(self._raw)  # type: ignore[arg-type]

    @property
    def usage(self) -> UsageInfo | ResponsesUsage | None:
        """Token counts and cost, once the API reports them."""
        return self._view.usage(self._raw)  # type: ignore[arg-type]

    @property
    def cost(self) -> float | None:
        """The total cost in USD (``usage.cost.total_cost``), when the API reported it."""
        return self._view.cost(self._raw)  # type: ignore[arg-type]


@final
class JobSummary(_Record[AsyncApiChatCompletionsResponseSummary]):
    """One job in ``client.list()``: id, model, status and timestamps (no answer). Immutable."""

    __slots__ = ()
    _wraps = AsyncApiChatCompletionsResponseSummary

    def __init__(self, raw: AsyncApiChatCompletionsResponseSummary) -> None:
        super().__init__(raw)

    @property
    def raw(self) -> AsyncApiChatCompletionsResponseSummary:
        return self._raw


@final
class JobList:
    """What ``client.list()`` returns, as the spec defines it: the jobs and ``next_token``.

    Example: ``for summary in client.list(): print(summary.id, summary.status)``
    """

    __slots__ = ("_headers", "_raw", "requests")
    _wraps = ListAsyncApiChatCompletionsResponse

    _raw: ListAsyncApiChatCompletionsResponse
    _headers: httpx.Headers | None
    requests: list[JobSummary]

    def __init__(self, raw: ListAsyncApiChatCompletionsResponse) -> None:
        object.__setattr__(self, "_raw", raw)
        object.__setattr__(self, "requests", [JobSummary(item) for item in raw.requests])
        object.__setattr__(self, "_headers", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"JobList is immutable; cannot set {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unpickle, (JobList, self.to_dict(), self._headers))

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id`` for the list request (None when not sent)."""
        return _request_id(self._headers)

    @property
    def response_headers(self) -> httpx.Headers | None:
        """A copy of the list response's headers (None when built by hand)."""
        return None if self._headers is None else self._headers.copy()

    @property
    def next_token(self) -> str | None:
        value = self._raw.next_token
        return value if isinstance(value, str) else None

    @property
    def raw(self) -> ListAsyncApiChatCompletionsResponse:
        return self._raw

    def to_dict(self) -> dict[str, Any]:
        return self._raw.to_dict()

    def __iter__(self) -> Iterator[JobSummary]:
        return iter(self.requests)

    def __len__(self) -> int:
        return len(self.requests)

    def __repr__(self) -> str:
        return f"JobList({len(self.requests)} jobs, next_token={self.next_token!r})"


# Shown and pickled where users import them from (see perplexity_async/__init__.py).
Job.__module__ = JobSummary.__module__ = JobList.__module__ = "perplexity_async"


def _request_id(headers: httpx.Headers | None) -> str | None:
    value = headers.get("x-request-id") if headers is not None else None
    return shorten(value, 200) if value else None


def _model_of(data: object) -> type[AsyncApiChatCompletionsResponse] | type[ResponsesResponse]:
    """The generated model of a job's JSON: a run's when its ``id`` is ``resp_...`` (or it says
    ``"object": "response"``), else a Sonar job's."""
    if isinstance(data, Mapping):
        job_id = data.get("id")
        if (isinstance(job_id, str) and api_of(job_id) == "agent") or data.get(
            "object"
        ) == "response":
            return ResponsesResponse
    return AsyncApiChatCompletionsResponse


def _unpickle(cls: type, data: dict[str, Any], headers: httpx.Headers | None) -> Any:
    """A pickled Job, JobSummary or JobList, rebuilt from its JSON shape."""
    model = _model_of(data) if cls is Job else cls._wraps  # type: ignore[attr-defined]
    record = cls(model.from_dict(data))
    if headers is not None:
        object.__setattr__(record, "_headers", headers)
    return record


def _dumped(data: object) -> bytes:
    return json.dumps(data, default=repr).encode()


def _parse(model: Any, wrap: Any, data: object, body: bytes | None, status_code: int) -> Any:
    """``wrap(model.from_dict(data))``, or ResponseValidationError with the body and the path
    (``body`` None: ``data`` serialised, only then; on a 1 MB job that took 3 ms)."""
    try:
        return wrap(model.from_dict(data))
    except ParseError as exc:
        job_id = data.get("id") if isinstance(data, Mapping) else None
        raise ResponseValidationError(
            exc.problem,
            body=body if body is not None else _dumped(data),
            path=exc.json_path,
            job_id=job_id if isinstance(job_id, str) else None,
            status_code=status_code,
        ) from exc


def _decode(body: bytes, status_code: int) -> Any:
    try:
        return loads(body)
    except TooDeepError as exc:  # JSON, but no API shape nests that deep: path "$", not None
        raise ResponseValidationError(
            str(exc), body=body, path="$", job_id=None, status_code=status_code
        ) from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise ResponseValidationError(
            f"not JSON ({exc})", body=body, path=None, job_id=None, status_code=status_code
        ) from exc


def parse_job(body: bytes, status_code: int = 200, headers: httpx.Headers | None = None) -> Job:
    """A response body as a Job (a Sonar job or a run, by its id), or ResponseValidationError
    with the raw body and the path.
    ``headers`` (the response's) are kept by reference: nothing is copied on this path."""
    data = _decode(body, status_code)
    job: Job = _parse(_model_of(data), Job, data, body, status_code)
    if headers is not None:  # a fresh Job, not yet seen by anyone: immutable from here on
        object.__setattr__(job, "_headers", headers)
    return job


def parse_job_list(
    body: bytes, status_code: int = 200, headers: httpx.Headers | None = None
) -> JobList:
    """A list response body as a JobList (same errors as ``parse_job``)."""
    data = _decode(body, status_code)
    jobs: JobList = _parse(ListAsyncApiChatCompletionsResponse, JobList, data, body, status_code)
    if headers is not None:
        object.__setattr__(jobs, "_headers", headers)
    return jobs
